// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @title Epoch reward distributor
/// @notice Rewards are computed off-chain; for each epoch SETTLER_ROLE posts one Merkle root of
///         (epoch, index, account, amount) leaves, exactly once. Anyone may then submit a proof and
///         the account is paid its amount in ATH from this contract's balance, once per leaf.
/// @dev Leaf = keccak256(bytes.concat(keccak256(abi.encode(uint256 epoch, uint256 index,
///      address account, uint256 amount)))), verified with OpenZeppelin's sorted-pair
///      MerkleProof.verify. Claims are one bit per leaf index (256 leaves per storage word), as in
///      Uniswap's MerkleDistributor. Gas comes first: an epoch stores only its root, and its total
///      lives in the EpochRootPosted event, so nothing on chain caps an epoch's payouts at its total;
///      the contract's balance bounds them and the off-chain side checks sum(leaves) == total before
///      it posts. There is no sweep: nobody can take funds out other than by a valid claim.
contract RewardDistributor is AccessControl, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice May post epoch roots (the staking-service's settlement wallet).
    bytes32 public constant SETTLER_ROLE = keccak256("SETTLER_ROLE");

    /// @notice The reward token (ATH).
    IERC20 public immutable token;

    mapping(uint256 epoch => bytes32 root) private _roots;
    mapping(uint256 epoch => mapping(uint256 word => uint256 bits)) private _claimedBits;

    /// @notice The root of `epoch` was posted; its leaves add up to `total`.
    event EpochRootPosted(uint256 indexed epoch, bytes32 root, uint256 total);
    /// @notice `account` was paid `amount` for `epoch`.
    event RewardClaimed(uint256 indexed epoch, address indexed account, uint256 amount);
    /// @notice `funder` added `amount` to the balance claims are paid from.
    event DistributorFunded(address indexed funder, uint256 amount);

    error ZeroAddress();
    error ZeroAmount();
    error ZeroRoot();
    error RootAlreadyPosted(uint256 epoch, bytes32 root);
    error NoRoot(uint256 epoch);
    error AlreadyClaimed(uint256 epoch, uint256 index);
    error InvalidProof(uint256 epoch, uint256 index, address account, uint256 amount);

    /// @param rewardToken the ERC-20 rewards are paid in (ATH).
    /// @param admin receives DEFAULT_ADMIN_ROLE, which grants and revokes SETTLER_ROLE.
    constructor(IERC20 rewardToken, address admin) {
        if (address(rewardToken) == address(0) || admin == address(0)) revert ZeroAddress();
        token = rewardToken;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @notice Posts the Merkle root of `epoch`; a second post for the same epoch reverts.
    /// @param epoch the epoch number as the staking-service counts it.
    /// @param root the non-zero Merkle root of the epoch's leaves.
    /// @param total the sum of all leaf amounts; only announced in EpochRootPosted, not stored.
    function postRoot(uint256 epoch, bytes32 root, uint256 total) external onlyRole(SETTLER_ROLE) {
        if (root == bytes32(0)) revert ZeroRoot();
        bytes32 posted = _roots[epoch];
        if (posted != bytes32(0)) revert RootAlreadyPosted(epoch, posted);
        _roots[epoch] = root;
        emit EpochRootPosted(epoch, root, total);
    }

    /// @notice Pays `amount` of `epoch`'s rewards to `account`; anyone may submit it.
    /// @param epoch an epoch with a posted root.
    /// @param index the leaf's index, exactly as in the leaf (the account's position in the epoch's leaf list).
    /// @param account the rewarded wallet, which receives the tokens.
    /// @param amount wei of ATH, exactly as in the leaf.
    /// @param proof sibling hashes from the leaf up to the root.
    function claim(uint256 epoch, uint256 index, address account, uint256 amount, bytes32[] calldata proof)
        external
        nonReentrant
    {
        bytes32 root = _roots[epoch];
        if (root == bytes32(0)) revert NoRoot(epoch);
        uint256 word = index >> 8;
        uint256 bit = 1 << (index & 0xff);
        uint256 bits = _claimedBits[epoch][word];
        if (bits & bit != 0) revert AlreadyClaimed(epoch, index);
        if (!MerkleProof.verifyCalldata(proof, root, leaf(epoch, index, account, amount))) {
            revert InvalidProof(epoch, index, account, amount);
        }

        _claimedBits[epoch][word] = bits | bit;
        emit RewardClaimed(epoch, account, amount);
        token.safeTransfer(account, amount);
    }

    /// @notice Pulls `amount` of the caller's tokens into the balance claims are paid from.
    /// @dev Open to anyone (the emissions treasury in practice): funding gives no rights.
    /// @param amount wei of ATH, more than zero; the caller must have approved it.
    function fund(uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        emit DistributorFunded(msg.sender, amount);
        token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @notice The root posted for `epoch`, or zero.
    function rootOf(uint256 epoch) external view returns (bytes32) {
        return _roots[epoch];
    }

    /// @notice Whether leaf `index` of `epoch` has been claimed.
    function isClaimed(uint256 epoch, uint256 index) external view returns (bool) {
        return _claimedBits[epoch][index >> 8] & (1 << (index & 0xff)) != 0;
    }

    /// @notice The Merkle leaf of (epoch, index, account, amount), as off-chain tools must compute it.
    function leaf(uint256 epoch, uint256 index, address account, uint256 amount) public pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(epoch, index, account, amount))));
    }
}
