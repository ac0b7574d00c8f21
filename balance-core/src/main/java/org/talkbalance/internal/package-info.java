/**
 * Implementation shared by the API packages: lexical tokenization and word lists. Not an API: its
 * types may change in any release and the package is not exported by the module.
 */
package org.talkbalance.internal;
