/** A logistic regression over standardized features: what `trainLogistic` learns. */
export interface LogisticModel {
  weights: number[];
  bias: number;
  /** Per feature, the mean and spread the inputs are standardized with. */
  mean: number[];
  std: number[];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * Fits P(y = 1 | x) = σ(w·z + b) on standardized features z by batch gradient descent on the
 * log-loss with L2 regularization (small, so a separable pattern still gives confident answers).
 * Deterministic: the same samples always give the same model.
 */
export function trainLogistic(x: number[][], y: number[], options: { iterations?: number; learningRate?: number; l2?: number } = {}): LogisticModel {
  const n = x.length;
  const d = x[0]?.length ?? 0;
  const mean = Array.from({ length: d }, (_, j) => x.reduce((s, row) => s + row[j], 0) / Math.max(n, 1));
  const std = Array.from({ length: d }, (_, j) => Math.sqrt(x.reduce((s, row) => s + (row[j] - mean[j]) ** 2, 0) / Math.max(n, 1)) || 1);
  const z = x.map((row) => row.map((v, j) => (v - mean[j]) / std[j]));
  const weights = new Array<number>(d).fill(0);
  let bias = 0;
  const { iterations = 2000, learningRate = 0.5, l2 = 0.01 } = options;
  for (let it = 0; it < iterations; it++) {
    const gradient = new Array<number>(d).fill(0);
    let gradientBias = 0;
    for (let i = 0; i < n; i++) {
      const error = sigmoid(z[i].reduce((s, v, j) => s + v * weights[j], bias)) - y[i];
      for (let j = 0; j < d; j++) gradient[j] += error * z[i][j];
      gradientBias += error;
    }
    for (let j = 0; j < d; j++) weights[j] -= learningRate * (gradient[j] / n + l2 * weights[j]);
    bias -= learningRate * (gradientBias / n);
  }
  return { weights, bias, mean, std };
}

/** P(y = 1) for one sample. */
export function predictLogistic(model: LogisticModel, x: number[]): number {
  return sigmoid(x.reduce((s, v, j) => s + ((v - model.mean[j]) / model.std[j]) * model.weights[j], model.bias));
}
