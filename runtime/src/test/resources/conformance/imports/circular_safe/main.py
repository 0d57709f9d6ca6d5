import alpha
print(alpha.use_beta())
import beta
print(beta.describe())
