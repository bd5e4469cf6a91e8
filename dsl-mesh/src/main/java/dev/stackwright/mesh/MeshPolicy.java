package dev.stackwright.mesh;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import java.util.List;

/**
 * A mesh rule: a component of the mesh layer that renders for the {@link ServiceMesh} it names. It
 * depends on that mesh, and so is ordered after the mesh's control-plane releases.
 */
public interface MeshPolicy extends Component {

  /** The mesh this rule renders for. */
  ServiceMesh mesh();

  @Override
  default Layer layer() {
    return Layer.MESH;
  }

  @Override
  default List<Component> dependsOn() {
    return List.of(mesh());
  }
}
