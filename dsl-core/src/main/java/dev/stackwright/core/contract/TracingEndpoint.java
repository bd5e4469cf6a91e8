package dev.stackwright.core.contract;

import java.util.Optional;

/**
 * The cross-layer contract of where a stack's traces go: an OTLP receiver of the stack (the
 * observability layer's collector). The mesh's control plane and the workloads' SDKs point at it by
 * type, so the address is stated once, by the component that owns it.
 */
public interface TracingEndpoint {

  /** The name of the Service that receives OTLP. */
  String name();

  /** The namespace of that Service; required for an endpoint others address by DNS name. */
  Optional<String> namespace();

  /** The OTLP/gRPC port of the Service. */
  int otlpGrpcPort();

  /** The OTLP/HTTP port of the Service. */
  int otlpHttpPort();

  /** The share of traces senders sample, in percent. */
  double samplingPercentage();

  /** The OTLP/gRPC address, {@code host:port}, in a cluster of DNS domain {@code clusterDomain}. */
  default String otlpGrpcAddress(String clusterDomain) {
    return ClusterDns.serviceHost(name(), namespace().orElse(""), clusterDomain)
        + ":"
        + otlpGrpcPort();
  }
}
