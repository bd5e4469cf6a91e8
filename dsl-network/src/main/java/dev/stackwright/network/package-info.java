/**
 * The network layer: Services and DNS names, HTTP routing as Ingress or Gateway API, and network
 * policies derived from declared connections and from what other layers need.
 */
package dev.stackwright.network;
