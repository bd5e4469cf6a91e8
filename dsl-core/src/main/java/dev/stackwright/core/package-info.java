/**
 * The root of every definition: {@link dev.stackwright.core.Stack}, {@link
 * dev.stackwright.core.Component}, namespaces, environments, the escape hatches ({@code Manifests},
 * {@code Patch}) and chart values.
 *
 * <p>Entry points follow one convention across every layer: {@code X.of(...)} returns a finished
 * value for the common case; {@code X.builder()} returns a builder for everything else (never an
 * {@code Immutable*} name); a copy with changes is {@code X.builder().from(x)...build()}, and value
 * types that are often adjusted offer copy methods that read as what they change ({@code
 * Probe.period(10)}, {@code StorageClass.withDefaultClass(true)}). No public method takes or
 * returns {@code null}: absent values are {@link java.util.Optional} or empty collections, and a
 * null argument fails at once naming the field. Each {@code @Value.Default} states its default in
 * its Javadoc.
 */
package dev.stackwright.core;
