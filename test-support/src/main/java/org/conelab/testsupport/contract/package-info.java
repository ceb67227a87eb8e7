/**
 * Contract tests for providers, in the pattern of EJML's {@code GenericCholeskyTests}: an
 * abstract JUnit 5 class per service interface whose tests any implementation must pass;
 * a provider's test extends it and implements {@code create()}. The built-in solvers, kernels
 * and losses use them, and a third party's bundle does the same:
 *
 * <pre>
 * class MyLossContractTest extends LossContract {
 *     protected Loss create() { return new MyLoss(); }
 * }
 * </pre>
 *
 * Every check is against an independent reference (EJML's dense eigenvalues, a plain loop, central
 * finite differences), never the implementation's own output.
 */
package org.conelab.testsupport.contract;
