package dev.stackwright.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads JMH's JSON results of {@link NServicesBenchmark} and prints them as Markdown tables: times
 * and their ratios to the floor, allocation per operation and per object, the growth from N = 1,000
 * to N = 20,000, and each target met or missed.
 *
 * <pre>{@code
 * java -cp benchmarks.jar dev.stackwright.benchmarks.ResultTable small.json big.json
 * }</pre>
 */
public final class ResultTable {
  static final String SYNTH = "synth";
  static final String SYNTH_YAML = "synthYaml";
  static final String SYNTH_WRITE = "synthWrite";
  static final String FLOOR = "floor";
  static final String FLOOR_WRITE = "floorWrite";

  private static final double MB = 1024.0 * 1024.0;

  private final Map<Integer, Map<String, Score>> scores = new TreeMap<>();

  /**
   * The time and allocation of one benchmark at one N. Times are the median of the measured
   * iterations, which a noisy shared machine disturbs less than the mean.
   *
   * @param ms the median of the iterations' milliseconds per operation
   * @param min the fastest iteration
   * @param max the slowest iteration
   * @param bytes bytes allocated per operation, or NaN without the GC profiler
   */
  record Score(double ms, double min, double max, double bytes) {}

  /** Prints the tables of the JMH JSON result files given as arguments. */
  public static void main(String[] args) throws IOException {
    ResultTable table = new ResultTable();
    for (String file : args) {
      table.read(JsonMapper.builder().build().readTree(Path.of(file).toFile()));
    }
    table.print(System.out);
  }

  /** Adds the results of one JMH JSON document. */
  void read(JsonNode results) {
    for (JsonNode r : results) {
      String benchmark = r.path("benchmark").asText();
      String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      int n = r.path("params").path("n").asInt();
      JsonNode primary = r.path("primaryMetric");
      double bytes = Double.NaN;
      for (Map.Entry<String, JsonNode> metric : r.path("secondaryMetrics").properties()) {
        if (metric.getKey().endsWith("gc.alloc.rate.norm")) {
          bytes = metric.getValue().path("score").asDouble();
        }
      }
      List<Double> iterations = new ArrayList<>();
      primary.path("rawData").forEach(fork -> fork.forEach(v -> iterations.add(v.asDouble())));
      if (iterations.isEmpty()) {
        iterations.add(primary.path("score").asDouble());
      }
      Collections.sort(iterations);
      int size = iterations.size();
      double median =
          size % 2 == 1
              ? iterations.get(size / 2)
              : (iterations.get(size / 2 - 1) + iterations.get(size / 2)) / 2;
      scores
          .computeIfAbsent(n, k -> new TreeMap<>())
          .put(method, new Score(median, iterations.get(0), iterations.get(size - 1), bytes));
    }
  }

  /** Prints every table and the targets. */
  void print(PrintStream out) {
    out.println("Times (ms/op: median of the measured iterations, fastest–slowest in brackets)");
    out.println();
    out.println(
        "| N | objects | synth | synth+yaml | synth+write | floor | floor+write"
            + " | synth+yaml / floor | synth+write / floor+write |");
    out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    scores.forEach(
        (n, s) ->
            out.println(
                row(
                    n,
                    ReferenceWorkload.objectCount(n),
                    ms(s, SYNTH),
                    ms(s, SYNTH_YAML),
                    ms(s, SYNTH_WRITE),
                    ms(s, FLOOR),
                    ms(s, FLOOR_WRITE),
                    ratio(time(s, SYNTH_YAML), time(s, FLOOR)),
                    ratio(time(s, SYNTH_WRITE), time(s, FLOOR_WRITE)))));
    out.println();
    out.println("Allocation (MB/op from -prof gc; KB per object = per op / objects)");
    out.println();
    out.println(
        "| N | synth MB | synth+yaml MB | synth+write MB | floor MB | floor+write MB"
            + " | synth+write KB/object | floor+write KB/object | ratio |");
    out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    scores.forEach(
        (n, s) -> {
          int objects = ReferenceWorkload.objectCount(n);
          out.println(
              row(
                  n,
                  mb(s, SYNTH),
                  mb(s, SYNTH_YAML),
                  mb(s, SYNTH_WRITE),
                  mb(s, FLOOR),
                  mb(s, FLOOR_WRITE),
                  number(bytes(s, SYNTH_WRITE) / objects / 1024),
                  number(bytes(s, FLOOR_WRITE) / objects / 1024),
                  ratio(bytes(s, SYNTH_WRITE), bytes(s, FLOOR_WRITE))));
        });
    out.println();
    out.println("Growth from N = 1,000 to N = 20,000 (linear is 20)");
    out.println();
    out.println("| benchmark | N = 1,000 ms | N = 20,000 ms | growth |");
    out.println("|---|---:|---:|---:|");
    for (String b : List.of(SYNTH, SYNTH_YAML, SYNTH_WRITE, FLOOR, FLOOR_WRITE)) {
      double small = time(scores.getOrDefault(1000, Map.of()), b);
      double big = time(scores.getOrDefault(20000, Map.of()), b);
      out.println(
          "| "
              + b
              + " | "
              + number(small)
              + " | "
              + number(big)
              + " | "
              + ratio(big, small)
              + " |");
    }
    out.println();
    targets(out);
  }

  private void targets(PrintStream out) {
    Map<String, Score> at5k = scores.getOrDefault(5000, Map.of());
    Map<String, Score> at1k = scores.getOrDefault(1000, Map.of());
    Map<String, Score> at20k = scores.getOrDefault(20000, Map.of());
    double write = time(at5k, SYNTH_WRITE) / time(at5k, FLOOR_WRITE);
    double growth = time(at20k, SYNTH_WRITE) / time(at1k, SYNTH_WRITE);
    double allocation = bytes(at5k, SYNTH_WRITE) / bytes(at5k, FLOOR_WRITE);
    out.println("Targets");
    out.println();
    out.println(target("synth+write / floor+write at N = 5,000", write, 1.5));
    out.println(target("growth of synth+write from N = 1,000 to 20,000", growth, 24));
    out.println(
        target("allocation per object, synth+write / floor+write at N = 5,000", allocation, 2));
  }

  private static String target(String what, double value, double limit) {
    String verdict = Double.isNaN(value) ? "not measured" : value <= limit ? "met" : "MISSED";
    return String.format(
        Locale.ROOT, "- %s: %s (at most %s): %s", what, number(value), number(limit), verdict);
  }

  private static String row(Object... cells) {
    StringBuilder b = new StringBuilder("|");
    for (Object c : cells) {
      b.append(' ').append(c).append(" |");
    }
    return b.toString();
  }

  private static double time(Map<String, Score> s, String benchmark) {
    Score score = s.get(benchmark);
    return score == null ? Double.NaN : score.ms();
  }

  private static double bytes(Map<String, Score> s, String benchmark) {
    Score score = s.get(benchmark);
    return score == null ? Double.NaN : score.bytes();
  }

  private static String ms(Map<String, Score> s, String benchmark) {
    Score score = s.get(benchmark);
    return score == null
        ? "-"
        : number(score.ms()) + " (" + number(score.min()) + "–" + number(score.max()) + ")";
  }

  private static String mb(Map<String, Score> s, String benchmark) {
    return number(bytes(s, benchmark) / MB);
  }

  private static String ratio(double a, double b) {
    double r = a / b;
    return Double.isNaN(r) || Double.isInfinite(r) ? "-" : number(r) + "x";
  }

  static String number(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "-";
    }
    if (Math.abs(v) >= 100) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    if (Math.abs(v) >= 10) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
