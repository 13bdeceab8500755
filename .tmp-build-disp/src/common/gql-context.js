"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=gql-context.js.map