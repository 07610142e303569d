/**
 * Test support shared by every stage's tests: the one SparkSession and a report run's arguments.
 */
package org.goalshift.testing;
