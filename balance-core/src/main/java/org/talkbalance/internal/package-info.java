/**
 * Implementation shared by the API packages: lexical tokenization, word lists and the OpenNLP
 * models (loaded from the class path, shared, one tagger per thread). Not an API: its types may
 * change in any release and the package is not exported by the module.
 */
package org.talkbalance.internal;
