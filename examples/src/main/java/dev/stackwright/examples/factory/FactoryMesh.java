package dev.stackwright.examples.factory;

import dev.stackwright.core.Component;
import dev.stackwright.core.Namespace;
import dev.stackwright.mesh.AllowRule;
import dev.stackwright.mesh.ControlPlane;
import dev.stackwright.mesh.MeshAuthorization;
import dev.stackwright.mesh.MeshMembership;
import dev.stackwright.mesh.MutualTls;
import dev.stackwright.mesh.ServiceMesh;
import java.util.ArrayList;
import java.util.List;

/**
 * The service mesh: Consul, installed by the stack. Strict mTLS in the factory namespace but for
 * ingest, which the SCADA VM (outside the mesh) calls in plain text; only the node agents and the
 * VM may call ingest.
 */
final class FactoryMesh {
  private final ServiceMesh mesh = ServiceMesh.consul().install(ControlPlane.defaults());

  ServiceMesh mesh() {
    return mesh;
  }

  List<Namespace> namespaces() {
    return List.of(Namespace.of(mesh.controlPlaneNamespace()));
  }

  List<Component> components(FactoryCompute compute) {
    List<Component> all = new ArrayList<>(mesh.components());
    all.add(MeshMembership.of(mesh, FactoryNamespaces.FACTORY));
    all.add(MutualTls.strict(mesh, FactoryNamespaces.FACTORY));
    all.add(MutualTls.permissive(mesh, compute.ingest));
    all.add(
        MeshAuthorization.allow(
            mesh, compute.ingest, AllowRule.from(compute.agent).forMethods("POST")));
    return all;
  }
}
