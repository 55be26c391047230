/**
 * The starter's REST API over the desk, and its OpenAPI description.
 */
package dev.wuye.complaint.boot.web;
