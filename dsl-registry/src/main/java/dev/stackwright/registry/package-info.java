/**
 * The registry layer: the registry the platform pulls from, as an upstream release, and mirrors of
 * public registries applied to every image reference the stack writes.
 */
package dev.stackwright.registry;
