package dev.stackwright.network;

/** How a {@link Route}'s path matches a request path, named as each routing target spells it. */
public enum PathType {
  /** The path and everything below it, element by element: {@code /api} matches {@code /api/x}. */
  PREFIX("Prefix", "PathPrefix"),
  /** Exactly the path. */
  EXACT("Exact", "Exact"),
  /** As the ingress controller interprets it; Ingress only. */
  IMPLEMENTATION_SPECIFIC("ImplementationSpecific", null);

  private final String ingressValue;
  private final String gatewayValue;

  PathType(String ingressValue, String gatewayValue) {
    this.ingressValue = ingressValue;
    this.gatewayValue = gatewayValue;
  }

  /** The Ingress {@code pathType}. */
  public String ingressValue() {
    return ingressValue;
  }

  /** The HTTPRoute path match {@code type}, or null when the Gateway API has no equivalent. */
  public String gatewayValue() {
    return gatewayValue;
  }
}
