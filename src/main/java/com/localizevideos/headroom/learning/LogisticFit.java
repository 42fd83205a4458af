package com.localizevideos.headroom.learning;

import java.util.Arrays;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.analysis.MultivariateVectorFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.apache.commons.math3.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;
import org.apache.commons.math3.util.FastMath;

/**
 * Logistic regression by maximum likelihood: P(y=1 | x) = 1 / (1 + exp(-(b0 + b·x))), fitted on a design matrix
 * (one row per example, no intercept column) and 0/1 labels with Commons Math's non-linear conjugate-gradient
 * optimiser. Columns are standardised for the optimiser and the coefficients returned in the original units.
 * A small ridge penalty on the standardised slopes keeps the fit finite when the classes are separable.
 */
public final class LogisticFit {

    /** Coefficients {@code [intercept, b1, ..., bk]} in the units of the design matrix, with the fit's figures. */
    public record Result(double[] coefficients, double meanLogLoss, int iterations) {
        /** P(y=1) for one row of features. */
        public double predict(double[] row) {
            return probability(coefficients, row);
        }
    }

    private LogisticFit() {
    }

    /** The logistic link for coefficients {@code [b0, b1..bk]} and a row {@code x1..xk}. */
    public static double probability(double[] coefficients, double[] row) {
        double z = coefficients[0];
        for (int j = 0; j < row.length; j++) {
            z += coefficients[j + 1] * row[j];
        }
        return 1.0 / (1.0 + FastMath.exp(-z));
    }

    /**
     * Fits the model. {@code ridge} is the L2 penalty per standardised slope on the mean log-loss (0 for plain maximum
     * likelihood; 1e-3 is a light touch). Needs at least one example of each label.
     */
    public static Result fit(double[][] x, int[] y, double ridge) {
        int n = x.length;
        if (n == 0 || y.length != n) {
            throw new IllegalArgumentException("need as many labels as rows, and at least one row; got " + n + " rows and "
                    + y.length + " labels");
        }
        int k = x[0].length;
        int positives = 0;
        for (int i = 0; i < n; i++) {
            if (x[i].length != k) {
                throw new IllegalArgumentException("row " + i + " has " + x[i].length + " columns, expected " + k);
            }
            if (y[i] != 0 && y[i] != 1) {
                throw new IllegalArgumentException("label " + i + " is " + y[i] + "; labels are 0 or 1");
            }
            positives += y[i];
        }
        if (positives == 0 || positives == n) {
            throw new IllegalArgumentException("need both labels; got " + positives + " positives of " + n);
        }
        double[] mean = new double[k];
        double[] sd = new double[k];
        for (int j = 0; j < k; j++) {
            for (double[] row : x) {
                mean[j] += row[j] / n;
            }
            for (double[] row : x) {
                sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
            sd[j] = sd[j] > 0 ? Math.sqrt(sd[j]) : 1.0;
        }
        double[][] z = new double[n][k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                z[i][j] = (x[i][j] - mean[j]) / sd[j];
            }
        }
        MultivariateFunction loss = beta -> {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double eta = linear(beta, z[i]);
                // log(1 + exp(eta)) - y*eta, computed without overflow
                sum += (eta > 0 ? eta + FastMath.log1p(FastMath.exp(-eta)) : FastMath.log1p(FastMath.exp(eta))) - y[i] * eta;
            }
            double penalty = 0;
            for (int j = 1; j <= k; j++) {
                penalty += beta[j] * beta[j];
            }
            return sum / n + ridge / 2 * penalty;
        };
        MultivariateVectorFunction gradient = beta -> {
            double[] g = new double[k + 1];
            for (int i = 0; i < n; i++) {
                double r = 1.0 / (1.0 + FastMath.exp(-linear(beta, z[i]))) - y[i];
                g[0] += r / n;
                for (int j = 0; j < k; j++) {
                    g[j + 1] += r * z[i][j] / n;
                }
            }
            for (int j = 1; j <= k; j++) {
                g[j] += ridge * beta[j];
            }
            return g;
        };
        double[] start = new double[k + 1];
        double base = (double) positives / n;
        start[0] = Math.log(base / (1 - base));
        NonLinearConjugateGradientOptimizer optimizer = new NonLinearConjugateGradientOptimizer(
                NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE, new SimpleValueChecker(1e-12, 1e-12),
                1e-10, 1e-10, 1e-2);
        PointValuePair best = optimizer.optimize(new MaxEval(100_000), new MaxIter(10_000),
                new ObjectiveFunction(loss), new ObjectiveFunctionGradient(gradient), GoalType.MINIMIZE,
                new InitialGuess(start));
        double[] standardised = best.getPoint();
        double[] coefficients = new double[k + 1];
        coefficients[0] = standardised[0];
        for (int j = 0; j < k; j++) {
            coefficients[j + 1] = standardised[j + 1] / sd[j];
            coefficients[0] -= standardised[j + 1] * mean[j] / sd[j];
        }
        double meanLogLoss = 0;
        for (int i = 0; i < n; i++) {
            double p = Math.min(1 - 1e-15, Math.max(1e-15, probability(coefficients, x[i])));
            meanLogLoss -= (y[i] * Math.log(p) + (1 - y[i]) * Math.log(1 - p)) / n;
        }
        return new Result(Arrays.copyOf(coefficients, coefficients.length), meanLogLoss, optimizer.getIterations());
    }

    private static double linear(double[] beta, double[] row) {
        double eta = beta[0];
        for (int j = 0; j < row.length; j++) {
            eta += beta[j + 1] * row[j];
        }
        return eta;
    }
}
