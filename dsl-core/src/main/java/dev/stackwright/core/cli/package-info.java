/**
 * The command line a definition's {@code main} gets in one line: {@code synth}, {@code validate},
 * {@code diff}, {@code watch} (the inner loop: synthesize again on every compile) and {@code
 * init-ci} (CI pipelines for an existing repository), with readable reports and exit codes instead
 * of stack traces.
 */
package dev.stackwright.core.cli;
