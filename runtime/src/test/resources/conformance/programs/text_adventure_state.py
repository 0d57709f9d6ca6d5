# A state machine driven by a scripted command list (a tiny text adventure).
ROOMS = {
    'hall': {'desc': 'a long hall', 'exits': {'north': 'library', 'east': 'kitchen'}, 'items': ['lamp']},
    'library': {'desc': 'dusty shelves', 'exits': {'south': 'hall'}, 'items': ['book', 'key']},
    'kitchen': {'desc': 'a cold kitchen', 'exits': {'west': 'hall', 'down': 'cellar'}, 'items': []},
    'cellar': {'desc': 'darkness', 'exits': {'up': 'kitchen'}, 'items': ['treasure'], 'locked': True},
}
class Game:
    def __init__(self):
        self.room = 'hall'
        self.inventory = []
        self.moves = 0
    def do(self, cmd):
        verb, _, noun = cmd.partition(' ')
        handler = getattr(self, 'cmd_' + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}."
        self.moves += 1
        return handler(noun)
    def cmd_look(self, _):
        r = ROOMS[self.room]
        items = ', '.join(r['items']) or 'nothing'
        return f"You are in {r['desc']}. Exits: {', '.join(sorted(r['exits']))}. You see {items}."
    def cmd_go(self, d):
        r = ROOMS[self.room]
        if d not in r['exits']:
            return 'You cannot go that way.'
        target = r['exits'][d]
        if ROOMS[target].get('locked'):
            if 'key' not in self.inventory:
                return 'The way is locked.'
            ROOMS[target]['locked'] = False
        self.room = target
        return self.cmd_look('')
    def cmd_take(self, item):
        items = ROOMS[self.room]['items']
        if item not in items:
            return f'There is no {item} here.'
        items.remove(item)
        self.inventory.append(item)
        return f'Taken: {item}.'
    def cmd_inventory(self, _):
        return 'You carry: ' + (', '.join(sorted(self.inventory)) or 'nothing')
g = Game()
for c in ['look', 'take lamp', 'go east', 'go down', 'go west', 'go north', 'take key', 'take sword',
          'go south', 'go east', 'go down', 'take treasure', 'inventory', 'dance', 'go up']:
    print(f'> {c}')
    print(g.do(c))
print('moves', g.moves)
