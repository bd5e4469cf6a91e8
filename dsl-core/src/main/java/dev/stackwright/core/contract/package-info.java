/**
 * The small contracts through which layers meet without depending on each other: pod sets, ports,
 * endpoints, volume, config and secret sources, claim templates, decorations, tracing endpoints,
 * network needs, cluster DNS names, TLS servers and certificate sources.
 */
package dev.stackwright.core.contract;
