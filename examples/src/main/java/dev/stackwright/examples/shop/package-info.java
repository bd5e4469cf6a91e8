/** The reference platform "shop", one class per layer, for a dev and a prod environment. */
package dev.stackwright.examples.shop;
