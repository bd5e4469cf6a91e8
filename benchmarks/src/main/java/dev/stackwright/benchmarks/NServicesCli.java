package dev.stackwright.benchmarks;

import dev.stackwright.core.cli.Stackwright;
import java.util.List;

/**
 * The Stackwright CLI over the reference workload, as a user's one-line {@code main} would run it:
 * {@code java -Dn=1000 -cp benchmarks.jar dev.stackwright.benchmarks.NServicesCli synth --out dist
 * --layout single}. {@code benchmarks/whole-process} times it as a process. The number of services
 * is the system property {@code n} (default 100).
 */
public final class NServicesCli {
  private NServicesCli() {}

  /** Runs the CLI's command line {@code args} on a stack of {@code -Dn} services. */
  public static void main(String[] args) {
    int n = Integer.getInteger("n", 100);
    Stackwright.main(args, () -> List.of(DslWorkload.stack(n)));
  }
}
