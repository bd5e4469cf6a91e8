/**
 * The command line a definition's {@code main} gets in one line: {@code synth}, {@code validate}
 * and {@code diff}, with readable reports and exit codes instead of stack traces.
 */
package dev.stackwright.core.cli;
