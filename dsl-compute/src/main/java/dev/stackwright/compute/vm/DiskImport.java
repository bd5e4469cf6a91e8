package dev.stackwright.compute.vm;

import dev.stackwright.core.StackwrightStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where CDI imports a disk from into a new claim: an image file over HTTP(S), a container image
 * from a registry, or nothing (a blank disk). Synthesizes into the {@code source} and {@code
 * storage} of a {@code DataVolume} (cdi.kubevirt.io/v1beta1).
 *
 * <pre>{@code
 * DiskImport.http("https://cloud-images.example.com/jammy.qcow2", "20Gi")
 * DiskImport.registry("quay.io/containerdisks/fedora:41", "10Gi").withStorageClass("fast")
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class DiskImport {

  /** The kinds of import source CDI offers. */
  public enum Source {
    /** An image file at an HTTP(S) URL. */
    HTTP,
    /** A container image in a registry. */
    REGISTRY,
    /** An empty disk. */
    BLANK
  }

  /** The kind of source. */
  public abstract Source source();

  /** The URL (HTTP) or image reference (registry); empty for a blank disk. */
  public abstract Optional<String> location();

  /** The size of the claim CDI creates: a quantity such as {@code 20Gi}. */
  public abstract String size();

  /** The storage class of the claim; the cluster's default when empty. */
  public abstract Optional<String> storageClass();

  /** An image file at {@code url}, imported into a claim of {@code size}. */
  public static DiskImport http(String url, String size) {
    return ImmutableDiskImport.builder().source(Source.HTTP).location(url).size(size).build();
  }

  /** A container image (a pinned reference), imported into a claim of {@code size}. */
  public static DiskImport registry(String image, String size) {
    return ImmutableDiskImport.builder().source(Source.REGISTRY).location(image).size(size).build();
  }

  /** An empty disk of {@code size}. */
  public static DiskImport blank(String size) {
    return ImmutableDiskImport.builder().source(Source.BLANK).size(size).build();
  }

  /** This import into a claim of storage class {@code storageClass}. */
  public abstract DiskImport withStorageClass(String storageClass);
}
