/**
 * Virtual machines beside containers, with KubeVirt: {@link
 * dev.stackwright.compute.vm.VirtualMachine} (kubevirt.io/v1) with disks from the stack's claims,
 * container disks or CDI DataVolumes, cloud-init and the pod network; {@link
 * dev.stackwright.compute.vm.KubeVirt} and {@link dev.stackwright.compute.vm.Cdi}, the custom
 * resources that make the operators install the virtualization and import kinds; {@link
 * dev.stackwright.compute.vm.KubeVirtOperators}, the operators as cluster prerequisites.
 */
package dev.stackwright.compute.vm;
