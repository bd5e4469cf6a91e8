/**
 * Custom resources of any CustomResourceDefinition as typed stack components.
 *
 * <p>{@code import} ({@link dev.stackwright.crd.CrdImportCli}) turns CRD files into Java classes
 * with fabric8's java-generator (a {@code CustomResource} subclass per kind with its spec and
 * status POJOs), copies each CRD beside them as a class path resource and writes a small descriptor
 * class ({@code ScaledObjectCrd.CRD}, an {@link dev.stackwright.crd.ImportedCrd}). {@link
 * dev.stackwright.crd.CustomResourceComponent} makes an object of such a class a component: it is
 * validated against its CRD's OpenAPI schema at synth time and applied after the release that
 * installs the CRD, as every other custom resource.
 */
@StackwrightStyle
package dev.stackwright.crd;

import dev.stackwright.core.StackwrightStyle;
