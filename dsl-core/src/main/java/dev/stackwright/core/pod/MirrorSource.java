package dev.stackwright.core.pod;

import dev.stackwright.core.Component;
import java.util.List;

/**
 * The contract of a component that declares registry mirrors for the whole stack: {@link
 * ImageMirrors} itself, or a registry release whose proxy-cache projects are the mirrors (Harbor in
 * dsl-registry), so the mirrors are declared once, where the projects are.
 */
public interface MirrorSource extends Component {

  /** The mirrors, at most one per mirrored registry across the stack. */
  List<ImageMirror> imageMirrors();
}
