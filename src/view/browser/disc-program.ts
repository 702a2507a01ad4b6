/// <reference lib="dom" />
import type { NodeDisplayData, RenderParams } from "sigma/types";
import { NodeProgram } from "sigma/rendering";
import type { ProgramInfo } from "sigma/rendering";
import { floatColor } from "sigma/utils";

/**
 * Nodes as discs, each drawn as a square of two triangles that carry the node's data in every
 * vertex. Sigma's own disc program draws one instance per node, and SwiftShader (Chromium's
 * software WebGL, on a machine without a GPU) runs every instance of an instanced draw as a draw
 * of its own: 20,000 nodes, twice (the picture and the picking layer), cost it 1.2–1.5 s of CPU a
 * frame; one plain draw of 120,000 vertices, 0.13–0.3 s (bench/README.md, "The view of a large
 * graph"). A GPU draws both about as fast.
 */
const CORNERS = [-1, -1, 1, -1, -1, 1, -1, 1, 1, -1, 1, 1];

const VERTEX = `
attribute vec2 a_position;
attribute float a_size;
attribute vec4 a_color;
attribute vec4 a_id;
attribute vec2 a_corner;
uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;
uniform float u_pixelRatio;
varying vec4 v_color;
varying vec2 v_corner;
varying float v_feather;
void main() {
  // The node's size is its radius in screen pixels at this zoom (divided by u_sizeRatio); twice
  // the correction ratio turns one of those pixels into the units u_matrix takes.
  float pixels = a_size / u_sizeRatio;
  // One pixel more all round, for the anti-aliased rim.
  float reach = (pixels + 1.0) / pixels;
  vec2 offset = a_corner * reach * pixels * u_correctionRatio * 2.0;
  gl_Position = vec4((u_matrix * vec3(a_position + offset, 1.0)).xy, 0.0, 1.0);
  v_corner = a_corner * reach;
  v_feather = 1.0 / max(pixels * u_pixelRatio, 1.0);
#ifdef PICKING_MODE
  v_color = a_id;
#else
  v_color = a_color;
#endif
  // Sigma's colours and ids are read back from 8-bit channels: keep a full alpha full.
  v_color.a *= 255.0 / 254.0;
}
`;

const FRAGMENT = `
precision mediump float;
varying vec4 v_color;
varying vec2 v_corner;
varying float v_feather;
void main() {
  float d = length(v_corner);
#ifdef PICKING_MODE
  gl_FragColor = d <= 1.0 ? v_color : vec4(0.0);
#else
  gl_FragColor = v_color * (1.0 - smoothstep(1.0 - v_feather, 1.0, d));
#endif
}
`;

const { FLOAT, UNSIGNED_BYTE, TRIANGLES } = WebGLRenderingContext;
const UNIFORMS = ["u_matrix", "u_sizeRatio", "u_correctionRatio", "u_pixelRatio"] as const;

export class DiscProgram extends NodeProgram<(typeof UNIFORMS)[number]> {
  getDefinition() {
    return {
      VERTICES: 6,
      VERTEX_SHADER_SOURCE: VERTEX,
      FRAGMENT_SHADER_SOURCE: FRAGMENT,
      METHOD: TRIANGLES,
      UNIFORMS,
      ATTRIBUTES: [
        { name: "a_position", size: 2, type: FLOAT },
        { name: "a_size", size: 1, type: FLOAT },
        { name: "a_color", size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: "a_id", size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: "a_corner", size: 2, type: FLOAT },
      ],
    };
  }

  processVisibleItem(nodeIndex: number, startIndex: number, data: NodeDisplayData): void {
    const array = this.array;
    const color = floatColor(data.color);
    let i = startIndex;
    for (let v = 0; v < 6; v++) {
      array[i++] = data.x;
      array[i++] = data.y;
      array[i++] = data.size;
      array[i++] = color;
      array[i++] = nodeIndex;
      array[i++] = CORNERS[2 * v];
      array[i++] = CORNERS[2 * v + 1];
    }
  }

  setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo): void {
    gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
    gl.uniform1f(uniformLocations.u_sizeRatio, params.sizeRatio);
    gl.uniform1f(uniformLocations.u_correctionRatio, params.correctionRatio);
    gl.uniform1f(uniformLocations.u_pixelRatio, params.pixelRatio);
  }
}
