/**
 * People and organisations: {@link org.policywatch.analyzer.actor.ActorExtractor} turns CoreNLP's
 * entity mentions into canonical actors with aliases, roles, organisations and categories. Pure
 * functions over an annotation.
 */
package org.policywatch.analyzer.actor;
