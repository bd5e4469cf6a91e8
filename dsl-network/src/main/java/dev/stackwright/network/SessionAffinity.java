package dev.stackwright.network;

/** Whether a {@link Service} sends one client's connections to the same pod. */
public enum SessionAffinity {
  /** Each connection may reach any pod ({@code sessionAffinity: None}). */
  NONE("None"),
  /** Connections from one client IP stick to one pod ({@code sessionAffinity: ClientIP}). */
  CLIENT_IP("ClientIP");

  private final String value;

  SessionAffinity(String value) {
    this.value = value;
  }

  /** The Kubernetes field value. */
  public String value() {
    return value;
  }
}
