/**
 * Writes the router + experts network as one ONNX graph (opset 13), with onnx-proto's protobuf schema:
 *
 *   token_ids [batch, features] int32, token_weights [batch, features] float (1/n per feature, 0 for padding)
 *   hidden        = ReduceSum(Gather(embedding, token_ids) * Unsqueeze(token_weights, 2), axis 1)
 *   router_probs  = Softmax(hidden · router_w + router_b)            [batch, domains]
 *   expert_probs  = Sigmoid(hidden · expert_w + expert_b)            [batch, domains]
 */
import { onnx } from 'onnx-proto';
import type { NetworkParams } from '../model/network';

export const ONNX_INPUTS = { ids: 'token_ids', weights: 'token_weights' } as const;
export const ONNX_OUTPUTS = { router: 'router_probs', expert: 'expert_probs' } as const;
export const ONNX_OPSET = 13;

const { DataType } = onnx.TensorProto;

function floatTensor(name: string, dims: number[], data: Float32Array): onnx.ITensorProto {
  return {
    name,
    dims,
    dataType: DataType.FLOAT,
    rawData: new Uint8Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength)),
  };
}

function int64Tensor(name: string, values: number[]): onnx.ITensorProto {
  return { name, dims: [values.length], dataType: DataType.INT64, int64Data: values };
}

function valueInfo(name: string, elemType: number, dims: Array<string | number>): onnx.IValueInfoProto {
  return {
    name,
    type: {
      tensorType: {
        elemType,
        shape: { dim: dims.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })) },
      },
    },
  };
}

function node(opType: string, inputs: string[], outputs: string[], attribute: onnx.IAttributeProto[] = []) {
  return { opType, input: inputs, output: outputs, name: outputs[0], attribute };
}

export function exportOnnx(params: NetworkParams, meta: { producerVersion: string; docString: string }): Uint8Array {
  const { buckets, dim, domains } = params;
  const graph: onnx.IGraphProto = {
    name: 'anomalylens_router_experts',
    initializer: [
      floatTensor('embedding', [buckets, dim], params.embedding),
      floatTensor('router_w', [dim, domains], params.routerW),
      floatTensor('router_b', [domains], params.routerB),
      floatTensor('expert_w', [dim, domains], params.expertW),
      floatTensor('expert_b', [domains], params.expertB),
      int64Tensor('axes_1', [1]),
      int64Tensor('axes_2', [2]),
    ],
    input: [
      valueInfo(ONNX_INPUTS.ids, DataType.INT32, ['batch', 'features']),
      valueInfo(ONNX_INPUTS.weights, DataType.FLOAT, ['batch', 'features']),
    ],
    output: [
      valueInfo(ONNX_OUTPUTS.router, DataType.FLOAT, ['batch', domains]),
      valueInfo(ONNX_OUTPUTS.expert, DataType.FLOAT, ['batch', domains]),
    ],
    node: [
      node('Gather', ['embedding', ONNX_INPUTS.ids], ['gathered'], [{ name: 'axis', type: 2, i: 0 }]),
      node('Unsqueeze', [ONNX_INPUTS.weights, 'axes_2'], ['weights_3d']),
      node('Mul', ['gathered', 'weights_3d'], ['weighted']),
      node('ReduceSum', ['weighted', 'axes_1'], ['hidden'], [{ name: 'keepdims', type: 2, i: 0 }]),
      node('MatMul', ['hidden', 'router_w'], ['router_mm']),
      node('Add', ['router_mm', 'router_b'], ['router_logits']),
      node('Softmax', ['router_logits'], [ONNX_OUTPUTS.router], [{ name: 'axis', type: 2, i: -1 }]),
      node('MatMul', ['hidden', 'expert_w'], ['expert_mm']),
      node('Add', ['expert_mm', 'expert_b'], ['expert_logits']),
      node('Sigmoid', ['expert_logits'], [ONNX_OUTPUTS.expert]),
    ],
  };
  const model = onnx.ModelProto.create({
    irVersion: 7,
    opsetImport: [{ domain: '', version: ONNX_OPSET }],
    producerName: 'anomaly-lens',
    producerVersion: meta.producerVersion,
    docString: meta.docString,
    graph,
  });
  return onnx.ModelProto.encode(model).finish();
}
