import { namesPort, portProblem, routeOf } from './shipment-event-ports';
import { SHIPMENT_EVENT_TYPES } from './shipment-events';

describe('ports of shipment events', () => {
  // Ordos by rail to Tianjin Xingang, by sea to Singapore, then on to Rotterdam.
  const legs = [
    { legNo: 1, mode: 'RAIL', from: 'Ordos', to: 'CNTXG' },
    { legNo: 3, mode: 'SEA', from: 'SGSIN', to: 'NLRTM' },
    { legNo: 2, mode: 'SEA', from: 'CNTXG', to: 'SGSIN' },
    { legNo: 4, mode: 'ROAD', from: 'NLRTM', to: 'DEHAM' },
  ];
  const route = routeOf('CNTXG', 'NLRTM', legs);

  it('reads the transshipment ports from where one sea leg ends and the next begins', () => {
    expect(route).toEqual({ portOfLoading: 'CNTXG', portOfDischarge: 'NLRTM', transshipmentPorts: ['SGSIN'] });
    expect(routeOf('CNTXG', 'NLRTM', [{ legNo: 1, mode: 'SEA', from: 'CNTXG', to: 'NLRTM' }]).transshipmentPorts).toEqual([]);
  });

  it('accepts each port event at the port of its role on the route', () => {
    for (const [type, locode] of [
      ['GATE_IN', 'CNTXG'],
      ['LOADED', 'CNTXG'],
      ['DEPARTED', 'CNTXG'],
      ['DEPARTED', 'SGSIN'],
      ['TRANSSHIPPED', 'SGSIN'],
      ['ARRIVED', 'NLRTM'],
      ['DISCHARGED', 'NLRTM'],
    ] as const) {
      expect(portProblem(type, locode, route, true)).toBeNull();
    }
  });

  it('refuses an unknown port, an off-route port, a port in the wrong role and a missing UN/LOCODE', () => {
    expect(portProblem('DISCHARGED', 'NLXXX', route, false)).toBe('NLXXX is not a known port (the ports query lists them)');
    expect(portProblem('DISCHARGED', 'DEHAM', route, true)).toBe(
      "DEHAM is not on this shipment's route where DISCHARGED can happen: it must be the port of discharge NLRTM",
    );
    expect(portProblem('ARRIVED', 'CNTXG', route, true)).toMatch(/must be the port of discharge NLRTM/);
    expect(portProblem('LOADED', 'SGSIN', route, true)).toMatch(/must be the port of loading CNTXG$/);
    expect(portProblem('DEPARTED', 'NLRTM', route, true)).toBe(
      "NLRTM is not on this shipment's route where DEPARTED can happen: it must be the port of loading CNTXG or a transshipment port of its legs (SGSIN)",
    );
    expect(portProblem('TRANSSHIPPED', 'SGSIN', routeOf('CNTXG', 'NLRTM', []), true)).toMatch(
      /a transshipment port \(its legs have none\)/,
    );
    expect(portProblem('ARRIVED', null, route, true)).toBe('ARRIVED happens at a port: give the UN/LOCODE of the port of discharge NLRTM');
  });

  it('leaves the place of inland events free', () => {
    const inland = SHIPMENT_EVENT_TYPES.filter((t) => !namesPort(t));
    expect(inland).toEqual(['BOOKED', 'CUSTOMS_CLEARED', 'DELIVERED', 'RETURNED']);
    for (const type of inland) {
      expect(portProblem(type, null, route, false)).toBeNull();
      expect(portProblem(type, 'DEDUI', route, false)).toBeNull();
    }
  });
});
