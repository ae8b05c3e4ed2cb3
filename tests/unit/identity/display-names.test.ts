import { describe, expect, it } from 'vitest';
import { personDisplayNames, type NamedPerson } from '$lib/identity';

const names = (people: NamedPerson[]) => [...personDisplayNames(people).entries()];

describe('personDisplayNames', () => {
	it.each<[string, NamedPerson[], [string, string][]]>([
		['a name held by one person stays as it is', [{ key: 'i:1', label: 'Bo Li', platforms: 'wechat' }], [['i:1', 'Bo Li']]],
		[
			'two Bo Lis on different platforms: told apart by platform',
			[
				{ key: 'i:1', label: 'Bo Li', platforms: 'whatsapp' },
				{ key: 'i:2', label: 'Bo Li', platforms: ['slack'] }
			],
			[
				['i:1', 'Bo Li · whatsapp'],
				['i:2', 'Bo Li · slack']
			]
		],
		[
			'two Bo Lis on one platform: then by handle',
			[
				{ key: 'i:1', label: 'Bo Li', platforms: 'slack', handles: 'U01BOLI' },
				{ key: 'i:2', label: 'Bo Li', platforms: 'slack', handles: ['boli.sh'] },
				{ key: 'i:3', label: 'Bo Li', platforms: 'wechat', handles: 'Bo Li' }
			],
			[
				['i:1', 'Bo Li · slack · U01BOLI'],
				['i:2', 'Bo Li · slack · boli.sh'],
				['i:3', 'Bo Li · wechat']
			]
		],
		[
			'a handle that is the name repeated says nothing; only then a number',
			[
				{ key: 'p:1', label: 'John', platforms: 'whatsapp', handles: 'John' },
				{ key: 'p:2', label: 'John', platforms: 'whatsapp', handles: 'John' }
			],
			[
				['p:1', 'John · whatsapp'],
				['p:2', 'John · whatsapp (2)']
			]
		],
		[
			'many handles are shortened',
			[
				{ key: 'i:1', label: 'Ana', platforms: 'slack', handles: 'a1, a2, a3, a4' },
				{ key: 'i:2', label: 'Ana', platforms: 'slack', handles: 'b1' }
			],
			[
				['i:1', 'Ana · slack · a1, a2 +2'],
				['i:2', 'Ana · slack · b1']
			]
		]
	])('%s', (_, people, expected) => {
		expect(names(people)).toEqual(expected);
	});

	it('never shows a key', () => {
		const shown = [
			...personDisplayNames([
				{ key: 'i:2', label: 'Bo Li', platforms: '' },
				{ key: 'i:3', label: 'Bo Li', platforms: '' }
			]).values()
		];
		expect(shown).toEqual(['Bo Li', 'Bo Li (2)']);
		expect(shown.join(' ')).not.toMatch(/i:\d/);
	});
});
