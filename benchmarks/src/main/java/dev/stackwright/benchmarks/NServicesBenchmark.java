package dev.stackwright.benchmarks;

import dev.stackwright.core.output.Layout;
import dev.stackwright.core.output.ManifestFiles;
import dev.stackwright.core.output.OutputFile;
import dev.stackwright.core.output.OutputFolder;
import dev.stackwright.core.output.StackOutput;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The "N services" workload, in process: the DSL (build the stack and synthesize it; plus the
 * per-object YAML files in memory; plus writing them to an output folder) against the floor (build
 * the same objects with fabric8's builders and serialize them with Jackson YAML; plus writing
 * them). {@code benchmarks/run} runs it and prints the table.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class NServicesBenchmark {

  /** The number of services. */
  @Param({"100", "1000", "5000", "20000"})
  public int n;

  private Path out;

  /**
   * Creates the scratch folder both sides write to: below {@code -Dbench.out} when set, else in
   * {@code /dev/shm} where there is one (a memory file system, so that a shared machine's disk does
   * not drown the difference between the writers), else in the temporary folder.
   */
  @Setup(Level.Trial)
  public void createOutputFolder() throws IOException {
    String configured = System.getProperty("bench.out");
    Path shm = Path.of("/dev/shm");
    if (configured != null) {
      out = Files.createTempDirectory(Files.createDirectories(Path.of(configured)), "stackwright-");
    } else if (Files.isDirectory(shm) && Files.isWritable(shm)) {
      out = Files.createTempDirectory(shm, "stackwright-bench-");
    } else {
      out = Files.createTempDirectory("stackwright-bench-");
    }
  }

  /** Removes the scratch folder. */
  @TearDown(Level.Trial)
  public void deleteOutputFolder() throws IOException {
    FloorOutput.deleteRecursively(out);
  }

  /** Builds the stack with the DSL and synthesizes it to fabric8 objects. */
  @Benchmark
  public SynthResult synth() {
    return Synthesizer.synthesize(DslWorkload.stack(n)).orThrow();
  }

  /** {@link #synth()}, then the per-object YAML files in memory. */
  @Benchmark
  public List<OutputFile> synthYaml() {
    return ManifestFiles.of(synth(), Layout.PER_OBJECT);
  }

  /** {@link #synth()}, then the per-object YAML files written to the output folder. */
  @Benchmark
  public List<String> synthWrite() {
    return StackOutput.write(
        OutputFolder.at(out.resolve("dsl")), List.of(synth()), Layout.PER_OBJECT);
  }

  /** Builds the objects with fabric8's builders and serializes each with Jackson YAML. */
  @Benchmark
  public List<FloorYaml.Document> floor() {
    return FloorYaml.documents(FloorWorkload.objects(n));
  }

  /** {@link #floor()}, then a file per object written to the output folder. */
  @Benchmark
  public List<FloorYaml.Document> floorWrite() throws IOException {
    List<FloorYaml.Document> documents = floor();
    FloorOutput.write(out.resolve("floor").resolve(ReferenceWorkload.STACK), documents);
    return documents;
  }
}
