/** Test support shared by every stage's tests: the one SparkSession, temp-file helpers. */
package org.goalshift.testing;
