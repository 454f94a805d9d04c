/** Root package of the indexer module. */
package vn.officialmail.indexer;
