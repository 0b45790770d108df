// Page sizes of the list requests. Plain constants: the list's first paint sends the same first requests
// before the query code has loaded, and the API client then adopts them by URL.

// 200 is the maximum in every documented version of the API (older pages cap limit at 200, newer at 2000).
export const VPN_CONNECTION_PAGE_SIZE = 200;
// The first page is small so the first rows are on screen sooner; the marker continues from it either way.
export const FIRST_PAGE_SIZE = 50;
// The documented maximum page size for customer gateways.
export const CUSTOMER_GATEWAY_PAGE_SIZE = 200;
