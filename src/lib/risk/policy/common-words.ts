/**
 * Words so frequent in chat that a query clause anchored on them would be checked on most messages. When a clause
 * needs one of two sides (AND, proximity), the matcher anchors it on the side without such words, and a phrase on
 * its rarest word. Only speed depends on this list; what matches does not.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
	// English
	(
		'a an the and or but not no yes to of in on at by for from with about as is are was were be been am do does did ' +
		'have has had will would can could should shall may might must i me my you your he him his she her it its we us ' +
		'our they them their this that these those there here what which who when where why how all any some one two ' +
		'get got go going come make take give send sent call text message msg ping reply talk chat tell say said ' +
		'today tomorrow tonight yesterday monday tuesday wednesday thursday friday saturday sunday week next later now ' +
		'then just also very so too up out over back off only more most much well ok okay thanks please ' +
		'if order orders deal business price prices terms ' +
		// German
		'der die das den dem des ein eine einen einem und oder aber nicht kein ich du er sie es wir ihr mir dir uns ' +
		'ist sind war hat haben wird auf an in im mit von zu fur bei nach heute morgen noch schon ' +
		// Spanish
		'el la los las un una unos y o pero no yo tu te me se le lo nos es son esta estan de del al en con por para ' +
		'que hoy manana ya muy mas'
	)
		.split(/\s+/)
		// Chinese: every character is a word, so a term is anchored on its rarest character, not on one of these
		.concat([...'我你他她它的了是不在有个这那就也都人们一说要给会上下来去好没吗吧呢啊和把被让用对大小多少能可得着过还很公司客户中到看发打开私回意老两全请经机'])
);
