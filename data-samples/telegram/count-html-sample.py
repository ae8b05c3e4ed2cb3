"""Counts the figures of ChatExport_2024-04-16/ for its README with Python's own html.parser, independently of
Parley's parser. Run from this folder: python3 count-html-sample.py"""
import re
from collections import Counter
from datetime import datetime, timezone
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

VOID = {'br', 'img', 'meta', 'link'}


class Part(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.records, self.cur, self.depth, self.capture = [], [], None, 0, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = (a.get('class') or '').split()
        if tag in VOID:
            return
        self.stack.append(cls)
        if tag == 'div' and 'message' in cls:
            self.cur = {'id': a.get('id'), 'cls': cls, 'date': None, 'from': None, 'media': [], 'reply': False, 'fwd': False, 'svc': '', 'reactions': 0}
            self.records.append(self.cur)
            self.depth = len(self.stack)
        if self.cur is None:
            return
        inside_forward = any('forwarded' in c for c in self.stack[:-1])
        if 'date' in cls and 'pull_right' in cls:
            self.cur['date'] = a.get('title')
        if 'from_name' in cls and not inside_forward:
            self.capture, self.cur['from'] = 'from', ''
        if 'forwarded' in cls and 'body' in cls:
            self.cur['fwd'] = True
        if tag in ('div', 'a') and any(c in cls for c in ('media', 'photo_wrap', 'sticker_wrap', 'video_file_wrap', 'animated_wrap', 'media_poll')):
            self.cur['media'].append(' '.join(cls))
        if 'reply_to' in cls:
            self.cur['reply'] = True
        if 'reaction' in cls:
            self.cur['reactions'] += 1
        if 'body' in cls and 'details' in cls and 'service' in self.cur['cls']:
            self.capture = 'svc'

    def handle_endtag(self, tag):
        if self.stack:
            self.stack.pop()
        if tag == 'div':
            self.capture = None
        if self.cur is not None and len(self.stack) < self.depth:
            self.cur = None

    def handle_data(self, data):
        if self.cur is not None and self.capture == 'from':
            self.cur['from'] += data
        if self.cur is not None and self.capture == 'svc':
            self.cur['svc'] += data


records = []
for f in ['messages.html', 'messages2.html']:
    p = Part()
    p.feed(open(f, encoding='utf-8').read())
    records += [dict(r, part=f) for r in p.records if not r['id'].startswith('message-')]
service = [r for r in records if 'service' in r['cls']]
calls = [r for r in service if 'started voice chat' in r['svc']]
unsupported = [r for r in service if 'not supported' in r['svc']]
default = [r for r in records if 'default' in r['cls']]
kinds = Counter()
for r in default:
    media = ' '.join(r['media'])
    kinds['other' if 'media_poll' in media or 'media_contact' in media else 'location' if 'media_location' in media else 'media' if media else 'text'] += 1
author, authors = None, Counter()
for r in default:
    if r['from'] is not None and r['from'].strip():
        author = re.sub(r'\s+via @\w+$', '', r['from'].strip())
    authors[author] += 1
berlin = ZoneInfo('Europe/Berlin')


def utc(title, zone):
    local = datetime.strptime(title.replace(' UTC+01:00', ''), '%d.%m.%Y %H:%M:%S')
    return local.replace(tzinfo=zone).astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')


fixed = timezone(__import__('datetime').timedelta(hours=1))
print('records', len(records), {f: sum(r['part'] == f for r in records) for f in ['messages.html', 'messages2.html']})
print('system', len(service) - len(calls) - len(unsupported), 'calls', len(calls), 'unsupported (other)', len(unsupported))
print('kinds of default records', dict(kinds))
print('participants', len(authors), dict(authors))
print('not included photos', sum('media_photo' in ' '.join(r['media']) for r in default))
print('replies', sum(r['reply'] for r in default), 'forwarded', sum(r['fwd'] for r in default), 'joined', sum('joined' in r['cls'] for r in default))
print('reactions blocks', sum(r['reactions'] for r in default), 'on', sum(1 for r in default if r['reactions']), 'messages')
first, last = default[0]['date'], default[-1]['date']
print('first', first, 'Berlin', utc(first, berlin), 'fixed', utc(first, fixed))
print('last', last, 'Berlin', utc(last, berlin), 'fixed', utc(last, fixed))
print('first record', records[0]['cls'], records[0]['svc'].strip()[:70])
