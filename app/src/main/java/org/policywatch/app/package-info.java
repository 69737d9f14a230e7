/**
 * The {@code policywatch} command: {@link org.policywatch.app.PolicyWatch} and its subcommands,
 * and {@link org.policywatch.app.PolicyWatchSystem}, which wires every stage into one process.
 */
package org.policywatch.app;
