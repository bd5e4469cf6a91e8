/**
 * Certificates for every TLS endpoint from cert-manager: the {@link
 * dev.stackwright.security.certificates.CertManager} release, {@link
 * dev.stackwright.security.certificates.Issuer}s (ACME with HTTP-01 or DNS-01, a CA, a self-signed
 * bootstrap) and {@link dev.stackwright.security.certificates.Certificate}s whose Secrets the
 * network layer's routes serve, through the core's {@code TlsServer} and {@code CertificateSource}
 * contracts.
 */
@StackwrightStyle
package dev.stackwright.security.certificates;

import dev.stackwright.core.StackwrightStyle;
