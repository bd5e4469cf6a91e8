/** Runnable example platforms and the one-line {@code main} that synthesizes them. */
package dev.stackwright.examples;
