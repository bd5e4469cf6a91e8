/**
 * The image supply chain: signature verification of the stack's images (cosign public keys or
 * keyless identities, enforced by Kyverno's {@code verifyImages}) and the Trivy operator, which
 * scans what runs, as a typed upstream release.
 */
@StackwrightStyle
package dev.stackwright.security.supply;

import dev.stackwright.core.StackwrightStyle;
