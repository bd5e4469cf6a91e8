/**
 * The root of every definition: {@link dev.stackwright.core.Stack}, {@link
 * dev.stackwright.core.Component}, namespaces, environments, the escape hatches ({@code Manifests},
 * {@code Patch}) and chart values.
 *
 * <p>Entry points follow one convention across every layer: {@code X.of(...)} returns a finished
 * value for the common case; {@code X.builder()} returns a builder for everything else (never an
 * {@code Immutable*} name); a copy with changes is {@code X.builder().from(x)...build()}.
 *
 * <p>Value types that are often adjusted also offer copy methods, in exactly two forms:
 *
 * <ul>
 *   <li>{@code withA(value)} returns a copy whose attribute {@code a} is {@code value}, nothing
 *       else changed ({@code Probe.withPeriodSeconds(10)}, {@code
 *       StorageClass.withDefaultClass(true)}). It is the wither Immutables generates, declared
 *       {@code public abstract X withA(T value)} on the value type so users reach it; it is never
 *       written by hand, and a name starting with {@code with} is used for nothing else.
 *   <li>A hand-written method named by the domain's own word, for a change a wither cannot say: a
 *       fixed value ({@code Issuer.cluster()}, {@code TopologySpread.soft()}), several attributes
 *       at once ({@code Resources.limits(cpu, memory)}), adding to a list or map instead of
 *       replacing it ({@code CrdSet.and(...)}, {@code Permission.only(...)}), or the domain's act
 *       where the attribute is only how it is stored ({@code ServiceMesh.install(controlPlane)},
 *       {@code PodPlacement.preferred(weight)}). Its name never starts with {@code with} and is
 *       never an accessor's name.
 * </ul>
 *
 * <p>No public method takes or returns {@code null}: absent values are {@link java.util.Optional}
 * or empty collections, and a null argument fails at once naming the field. Each
 * {@code @Value.Default} states its default in its Javadoc.
 */
package dev.stackwright.core;
