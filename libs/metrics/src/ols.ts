import { Matrix, SingularValueDecomposition, inverse } from 'ml-matrix';
import { tCritical95 } from './t-distribution';

/** One observation: the outcome `y` (e.g. pain change) and its design row `x` (intercept, covariates, dummies). */
export interface OlsRow {
  y: number;
  x: number[];
}

/** One fitted coefficient with its standard error, t statistic and 95 % t interval (n − p df). */
export interface OlsCoefficient {
  name: string;
  estimate: number;
  standardError: number;
  /** estimate / standardError; null when the standard error is exactly 0. */
  tStatistic: number | null;
  ciLow: number;
  ciHigh: number;
}

/** The result of {@link fitOls}. */
export interface OlsFit {
  coefficients: OlsCoefficient[];
  /** Estimated covariance of the coefficients, σ̂²·(XᵀX)⁻¹, in the order of `coefficients`. */
  covariance: number[][];
  /** σ̂ = √(RSS / (n − p)). */
  residualSd: number;
  n: number;
  /** Residual degrees of freedom, n − p. */
  df: number;
  /** t(0.975, n − p), the multiplier of every interval of this fit. */
  tCritical: number;
  /** 1 − RSS / Σ(y − ȳ)²; null when every y is equal. Assumes the design has an intercept column. */
  rSquared: number | null;
}

/** A linear combination of coefficients with its standard error and 95 % t interval (n − p df). */
export interface AdjustedDifference {
  /** cᵀβ̂. */
  estimate: number;
  /** √(cᵀ·Cov·c). */
  standardError: number;
  ciLow: number;
  ciHigh: number;
}

/** Why a design cannot be fitted; carried by {@link OlsDesignError}. */
export type OlsDesignProblem = 'TOO_FEW_ROWS' | 'ROW_WIDTH_MISMATCH' | 'SINGULAR_DESIGN';

/** The design cannot be fitted: fewer rows than needed, rows of the wrong width, or collinear columns. */
export class OlsDesignError extends Error {
  override readonly name = 'OlsDesignError';

  constructor(
    readonly problem: OlsDesignProblem,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Ordinary least squares of y on the design X (one row per observation, columns named by `names`;
 * include an intercept column of 1s yourself):
 * - β̂ = argmin ‖y − Xβ‖², the solution of the normal equations XᵀX β = Xᵀy (XᵀX and Xᵀy are
 *   accumulated in one pass over the rows; the p × p system is solved with ml-matrix);
 * - σ̂² = RSS / (n − p), residualSd = σ̂, Cov(β̂) = σ̂²·(XᵀX)⁻¹, SE = √diag(Cov);
 * - t = β̂ / SE; 95 % CI = β̂ ± t(0.975, n − p)·SE;
 * - R² = 1 − RSS / Σ(y − ȳ)² (centred; meaningful with an intercept), null when y is constant.
 * Throws {@link OlsDesignError}: 'ROW_WIDTH_MISMATCH' when a row's x does not have one entry per
 * name, 'TOO_FEW_ROWS' when n ≤ p (no residual degrees of freedom), 'SINGULAR_DESIGN' when the
 * columns are linearly dependent (numerical rank of XᵀX, by SVD, below p), e.g. a dummy for every
 * level next to an intercept.
 */
export function fitOls(rows: readonly OlsRow[], names: readonly string[]): OlsFit {
  const p = names.length;
  const n = rows.length;
  assertDesign(rows, p);
  // XᵀX and Xᵀy in one pass over the rows (O(n·p²), no n × p matrix): the fit needs nothing else.
  // Only a row's nonzero entries contribute (a design of dummies is mostly zeros), so each row
  // costs p to scan plus k² for its k nonzeros, not p²; the sums are the same, term by term.
  const xtx = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const xty = new Array<number>(p).fill(0);
  const nonzero = new Int32Array(p);
  for (const { x, y } of rows) {
    let k = 0;
    for (let i = 0; i < p; i += 1) if ((x[i] as number) !== 0) nonzero[k++] = i;
    for (let a = 0; a < k; a += 1) {
      const i = nonzero[a] as number;
      const xi = x[i] as number;
      xty[i] = (xty[i] as number) + xi * y;
      const row = xtx[i] as number[];
      for (let b = a; b < k; b += 1) {
        const j = nonzero[b] as number;
        row[j] = (row[j] as number) + xi * (x[j] as number);
      }
    }
  }
  for (let i = 0; i < p; i += 1) for (let j = 0; j < i; j += 1) (xtx[i] as number[])[j] = (xtx[j] as number[])[i] as number;
  const gram = new Matrix(xtx);
  // rank(X) = rank(XᵀX); the SVD of the p × p Gram matrix decides it.
  if (new SingularValueDecomposition(gram).rank < p) {
    throw new OlsDesignError('SINGULAR_DESIGN', 'the design columns are linearly dependent');
  }
  const gramInverse = inverse(gram);
  const beta = gramInverse.mmul(Matrix.columnVector(xty)).getColumn(0);
  let residualSumSquares = 0;
  for (const { x, y } of rows) {
    let fitted = 0;
    for (let j = 0; j < p; j += 1) fitted += (x[j] as number) * (beta[j] as number);
    residualSumSquares += (y - fitted) ** 2;
  }
  const df = n - p;
  const residualVariance = residualSumSquares / df;
  const covariance = gramInverse.mul(residualVariance).to2DArray();
  const tCritical = tCritical95(df);
  return {
    coefficients: names.map((name, j) =>
      coefficient(name, beta[j], Math.sqrt(covariance[j][j]), tCritical),
    ),
    covariance,
    residualSd: Math.sqrt(residualVariance),
    n,
    df,
    tCritical,
    rSquared: rSquared(rows.map((row) => row.y), residualSumSquares),
  };
}

/**
 * A linear combination cᵀβ̂ of a fit's coefficients, e.g. the risk-adjusted difference between a
 * therapist and the reference (c = 1 at that therapist's dummy, 0 elsewhere) or between two
 * therapists (c = +1 and −1):
 * estimate = cᵀβ̂, SE = √(cᵀ·Cov(β̂)·c), 95 % CI = estimate ± t(0.975, n − p)·SE.
 * Throws RangeError when the contrast does not have one weight per coefficient.
 */
export function adjustedDifference(fit: OlsFit, contrast: readonly number[]): AdjustedDifference {
  if (contrast.length !== fit.coefficients.length) {
    throw new RangeError(`contrast has ${contrast.length} weights for ${fit.coefficients.length} coefficients`);
  }
  const weights = Matrix.columnVector([...contrast]);
  const estimate = weights.dot(Matrix.columnVector(fit.coefficients.map((c) => c.estimate)));
  const variance = weights.transpose().mmul(new Matrix(fit.covariance)).mmul(weights).get(0, 0);
  const standardError = Math.sqrt(Math.max(0, variance));
  const halfWidth = fit.tCritical * standardError;
  return { estimate, standardError, ciLow: estimate - halfWidth, ciHigh: estimate + halfWidth };
}

/**
 * Treatment (reference) coding of a categorical covariate: one 0/1 indicator per level other than
 * `reference`, in the order of `levels`; the reference level is all zeros. For example
 * dummyEncode(['<4 wk', '4–12 wk', '>12 wk'], '>12 wk', '<4 wk') = [0, 1].
 * Throws RangeError when `value` or `reference` is not one of `levels`, or levels repeat.
 */
export function dummyEncode(levels: readonly string[], value: string, reference: string): number[] {
  if (new Set(levels).size !== levels.length) {
    throw new RangeError('levels must be distinct');
  }
  for (const level of [value, reference]) {
    if (!levels.includes(level)) {
      throw new RangeError(`'${level}' is not one of the levels ${levels.join(', ')}`);
    }
  }
  return levels.filter((level) => level !== reference).map((level) => (level === value ? 1 : 0));
}

function assertDesign(rows: readonly OlsRow[], p: number): void {
  const misfit = rows.findIndex((row) => row.x.length !== p);
  if (misfit >= 0) {
    throw new OlsDesignError(
      'ROW_WIDTH_MISMATCH',
      `row ${misfit} has ${rows[misfit].x.length} columns, expected ${p}`,
    );
  }
  if (p === 0) {
    throw new RangeError('the design needs at least one named column');
  }
  if (rows.length <= p) {
    throw new OlsDesignError(
      'TOO_FEW_ROWS',
      `need more rows than coefficients: ${rows.length} rows, ${p} coefficients`,
    );
  }
  const notFinite = rows.findIndex((row) => !Number.isFinite(row.y) || !row.x.every(Number.isFinite));
  if (notFinite >= 0) {
    throw new RangeError(`row ${notFinite} has a value that is not a finite number`);
  }
}

function coefficient(name: string, estimate: number, standardError: number, tCritical: number): OlsCoefficient {
  const halfWidth = tCritical * standardError;
  return {
    name,
    estimate,
    standardError,
    tStatistic: standardError === 0 ? null : estimate / standardError,
    ciLow: estimate - halfWidth,
    ciHigh: estimate + halfWidth,
  };
}

function rSquared(outcomes: readonly number[], residualSumSquares: number): number | null {
  const mean = outcomes.reduce((total, y) => total + y, 0) / outcomes.length;
  const totalSumSquares = sumOfSquares(outcomes.map((y) => y - mean));
  return totalSumSquares === 0 ? null : 1 - residualSumSquares / totalSumSquares;
}

function sumOfSquares(values: readonly number[]): number {
  return values.reduce((total, value) => total + value * value, 0);
}
