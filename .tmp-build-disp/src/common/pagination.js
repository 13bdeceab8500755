"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.PageInfo = exports.encodeCursor = exports.MAX_PAGE_SIZE = exports.DEFAULT_PAGE_SIZE = void 0;
exports.pageSize = pageSize;
exports.decodeCursor = decodeCursor;
exports.Connection = Connection;
exports.toPage = toPage;
const graphql_1 = require("@nestjs/graphql");
const errors_1 = require("./errors");
/**
 * Cursor pagination. A cursor is opaque to clients: base64url of a JSON array of the sort key of
 * the last row seen. A malformed cursor is BAD_USER_INPUT, never a server error.
 */
exports.DEFAULT_PAGE_SIZE = 50;
exports.MAX_PAGE_SIZE = 500;
function pageSize(field, first) {
    if (first === null || first === undefined)
        return exports.DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(first) || first < 1 || first > exports.MAX_PAGE_SIZE)
        throw (0, errors_1.badInput)(field, `must be from 1 to ${exports.MAX_PAGE_SIZE}, got ${first}`);
    return first;
}
const encodeCursor = (key) => Buffer.from(JSON.stringify(key)).toString('base64url');
exports.encodeCursor = encodeCursor;
function decodeCursor(field, cursor, arity) {
    if (cursor === null || cursor === undefined || cursor === '')
        return null;
    try {
        const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
        if (Array.isArray(key) && key.length === arity && key.every((k) => typeof k === 'string' || typeof k === 'number'))
            return key;
    }
    catch {
        /* fall through */
    }
    throw (0, errors_1.badInput)(field, 'is not a cursor returned by this API');
}
let PageInfo = class PageInfo {
    hasNextPage;
    endCursor;
};
exports.PageInfo = PageInfo;
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Boolean)
], PageInfo.prototype, "hasNextPage", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], PageInfo.prototype, "endCursor", void 0);
exports.PageInfo = PageInfo = __decorate([
    (0, graphql_1.ObjectType)()
], PageInfo);
function Connection(node, name) {
    let ConnectionType = class ConnectionType {
        nodes;
        pageInfo;
        totalCount;
    };
    __decorate([
        (0, graphql_1.Field)(() => [node]),
        __metadata("design:type", Array)
    ], ConnectionType.prototype, "nodes", void 0);
    __decorate([
        (0, graphql_1.Field)(() => PageInfo),
        __metadata("design:type", PageInfo)
    ], ConnectionType.prototype, "pageInfo", void 0);
    __decorate([
        (0, graphql_1.Field)(() => graphql_1.Int, { nullable: true, description: 'Total matching rows, when cheap to know' }),
        __metadata("design:type", Number)
    ], ConnectionType.prototype, "totalCount", void 0);
    ConnectionType = __decorate([
        (0, graphql_1.ObjectType)(`${name}Connection`, { isAbstract: false })
    ], ConnectionType);
    return ConnectionType;
}
/** Builds a page from `limit + 1` fetched rows. */
function toPage(rows, limit, keyOf) {
    const hasNextPage = rows.length > limit;
    const nodes = hasNextPage ? rows.slice(0, limit) : rows;
    return { nodes, pageInfo: { hasNextPage, endCursor: nodes.length ? (0, exports.encodeCursor)(keyOf(nodes[nodes.length - 1])) : null } };
}
//# sourceMappingURL=pagination.js.map