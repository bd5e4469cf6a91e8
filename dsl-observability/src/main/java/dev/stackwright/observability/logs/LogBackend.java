package dev.stackwright.observability.logs;

import dev.stackwright.core.Component;
import dev.stackwright.core.synth.SynthContext;
import java.util.Map;

/**
 * Where a log agent ships the records of the workloads it collects: a backend of the stack ({@link
 * Loki}), which states the agent's output for each declaration.
 */
public interface LogBackend extends Component {

  /**
   * The Fluent Bit {@code [OUTPUT]} of one workload's records, in order: {@code Name} first, then
   * the plugin's options, each a key and a value; the agent adds {@code Match}.
   *
   * @param logs the declaration whose records the output ships
   * @param streamLabels the labels that identify the workload's stream: {@code namespace}, {@code
   *     workload}, and one per kept pod label, each mapped to its value or a record accessor
   */
  Map<String, String> fluentBitOutput(
      Logs logs, Map<String, String> streamLabels, SynthContext context);

  /** The Grafana datasource type that reads this backend: {@code loki}. */
  String grafanaType();

  /** The URL Grafana queries this backend on, in {@code context}'s cluster. */
  String queryUrl(SynthContext context);
}
