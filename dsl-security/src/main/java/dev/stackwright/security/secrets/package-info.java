/**
 * Secrets that never sit in plaintext in the definition: External Secrets Operator {@link
 * dev.stackwright.security.secrets.ExternalSecret}s read from a {@link
 * dev.stackwright.security.secrets.SecretStore}, and Bitnami {@link
 * dev.stackwright.security.secrets.SealedSecret}s holding only ciphertext, each operator as a typed
 * upstream release. Pods refer to the Secret they make with {@code SecretRef.of(...)}.
 */
@StackwrightStyle
package dev.stackwright.security.secrets;

import dev.stackwright.core.StackwrightStyle;
