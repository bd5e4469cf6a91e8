package dev.stackwright.core.contract;

import dev.stackwright.core.synth.SynthContext;
import java.util.List;

/**
 * A component that writes files beside the manifests: an upstream release rendered for helmfile
 * adds its entry to {@code helmfile.yaml} and its values file. The files go into the environment's
 * folder and, with the component's objects, into the stage folder of its apply stage; every
 * delivery path gets them, so no release-like component is lost whatever it renders to.
 */
public interface FileContributor {

  /** The files this component adds, for a valid stack; empty when it adds none. */
  List<ExtraFile> files(SynthContext context);
}
