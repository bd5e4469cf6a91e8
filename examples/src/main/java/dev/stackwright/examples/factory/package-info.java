/** The second reference platform: a factory's edge cluster (see {@link FactoryPlatform}). */
package dev.stackwright.examples.factory;
