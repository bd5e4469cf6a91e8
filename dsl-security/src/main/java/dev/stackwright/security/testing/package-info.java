/**
 * Test support for platform definitions that use the security layer: evaluating the generated
 * admission policies offline against the stack's own pods.
 */
package dev.stackwright.security.testing;
