"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EPCIS_CONTEXT = void 0;
exports.commissioning = commissioning;
exports.aggregation = aggregation;
exports.transformation = transformation;
exports.statusObservation = statusObservation;
exports.shipping = shipping;
exports.epcisDocument = epcisDocument;
/**
 * EPCIS 2.0 JSON-LD documents (GS1 EPCIS 2.0 / CBV 2.0). Business steps and dispositions are
 * written in their compact JSON-LD form (`commissioning`, `in_transit`), which the EPCIS 2.0
 * context expands to the CBV URIs (https://ns.gs1.org/cbv/BizStep-commissioning …); the GS1
 * JSON schema accepts exactly these compact names for CBV values and a URI for anything else,
 * so steps CBV lacks (repurposing, remanufacturing, reuse) are battrace URIs.
 */
exports.EPCIS_CONTEXT = 'https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld';
const base = (type, at) => ({ type, eventTime: at.toISOString(), eventTimeZoneOffset: '+00:00' });
function commissioning(at, epcs, readPoint) {
    return {
        ...base('ObjectEvent', at),
        epcList: epcs,
        action: 'ADD',
        bizStep: 'commissioning',
        disposition: 'active',
        readPoint: { id: readPoint },
    };
}
function aggregation(at, action, parent, children, readPoint) {
    return {
        ...base('AggregationEvent', at),
        parentID: parent,
        childEPCs: children,
        action,
        bizStep: action === 'ADD' ? 'packing' : 'unpacking',
        disposition: action === 'ADD' ? 'container_closed' : 'container_open',
        readPoint: { id: readPoint },
    };
}
/** A unit remade (remanufactured or repurposed) keeps its identity: the same URI goes in and out. */
function transformation(at, epc, status, readPoint) {
    return {
        ...base('TransformationEvent', at),
        inputEPCList: [epc],
        outputEPCList: [epc],
        bizStep: `urn:battrace:bizstep:${status === 'REPURPOSED' ? 'repurposing' : 'remanufacturing'}`,
        disposition: 'active',
        readPoint: { id: readPoint },
    };
}
function statusObservation(at, epc, status, readPoint) {
    return status === 'WASTE'
        ? {
            ...base('ObjectEvent', at),
            epcList: [epc],
            action: 'DELETE',
            bizStep: 'decommissioning',
            disposition: 'disposed',
            readPoint: { id: readPoint },
        }
        : {
            ...base('ObjectEvent', at),
            epcList: [epc],
            action: 'OBSERVE',
            bizStep: 'urn:battrace:bizstep:reuse',
            disposition: 'active',
            readPoint: { id: readPoint },
        };
}
function shipping(at, epcs, billOfLading, portOfLoading, shipper, consignee) {
    return {
        ...base('TransactionEvent', at),
        bizTransactionList: [{ type: 'bol', bizTransaction: billOfLading }],
        epcList: epcs,
        action: 'ADD',
        bizStep: 'shipping',
        disposition: 'in_transit',
        readPoint: { id: portOfLoading },
        sourceList: [{ type: 'owning_party', source: shipper }],
        destinationList: [{ type: 'owning_party', destination: consignee }],
    };
}
/** The document: events in time order, those before `since` left out. */
function epcisDocument(events, now, since) {
    const kept = events
        .filter((e) => !since || Date.parse(e.eventTime) >= since.getTime())
        .sort((a, b) => a.eventTime.localeCompare(b.eventTime));
    return {
        '@context': [exports.EPCIS_CONTEXT],
        type: 'EPCISDocument',
        schemaVersion: '2.0',
        creationDate: now.toISOString(),
        epcisBody: { eventList: kept },
    };
}
//# sourceMappingURL=epcis-document.js.map