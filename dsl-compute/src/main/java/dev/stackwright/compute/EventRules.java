package dev.stackwright.compute;

/**
 * The stable ids of the rules Knative Eventing and OpenFaaS components are checked by. The scale
 * range of an OpenFaaS function is checked like a serverless workload's ({@code
 * compute.invalid-serverless}).
 */
public final class EventRules {
  /** A trigger whose subscriber is not a serverless workload, or not in the trigger's namespace. */
  public static final String INVALID_SUBSCRIBER = "events.invalid-subscriber";

  /** A source whose sink is neither a broker nor a serverless workload of the stack. */
  public static final String INVALID_SINK = "events.invalid-sink";

  /** A trigger whose broker is not in the stack or in another namespace. */
  public static final String UNKNOWN_BROKER = "events.unknown-broker";

  /** A filter attribute that is not a CloudEvents attribute name (a-z, 0-9, at most 20). */
  public static final String INVALID_FILTER = "events.invalid-filter";

  /** A delivery retry count below 0 or a backoff delay that is not an ISO-8601 duration. */
  public static final String INVALID_DELIVERY = "events.invalid-delivery";

  /** An OpenFaaS function whose image is not pinned to a version or digest. */
  public static final String UNPINNED_FUNCTION_IMAGE = "function.unpinned-image";

  /** An OpenFaaS function outside the namespace the OpenFaaS release runs functions in. */
  public static final String FUNCTION_NAMESPACE = "function.wrong-namespace";

  private EventRules() {}
}
